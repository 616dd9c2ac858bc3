using Xunit;
using Xunit.Sdk;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// Seed truth items the extractor is known to miss today (Golden/seeds/known-misses.txt, one
/// "test | seed | item" a line, each with the reason in a comment above it). A listed row must still fail:
/// when the extractor learns it, the row fails until it is taken off the list, so the list only shrinks.
/// Every other row is strict.
/// </summary>
public static class KnownMisses
{
    private static readonly HashSet<string> Listed = Load();

    private static HashSet<string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", "seeds", "known-misses.txt");
        return File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => string.Join(" | ", l.Split('|').Select(p => p.Trim())))
            .ToHashSet(StringComparer.Ordinal);
    }

    public static bool Contains(string test, string seed, string item) => Listed.Contains($"{test} | {seed} | {item}");

    public static void Check(string test, string seed, string item, Action body)
    {
        if (!Contains(test, seed, item))
        {
            // KG_RECORD_MISSES=FILE writes the failing rows, for a person to review and list with reasons.
            try { body(); }
            catch (XunitException) when (Environment.GetEnvironmentVariable("KG_RECORD_MISSES") is { Length: > 0 } file)
            {
                lock (Listed) File.AppendAllText(file, $"{test} | {seed} | {item}\n");
                throw;
            }
            return;
        }
        try { body(); }
        catch (XunitException) { return; } // still missed, as listed
        Assert.Fail($"'{test} | {seed} | {item}' is listed in Golden/seeds/known-misses.txt but now passes: take it off the list.");
    }
}
