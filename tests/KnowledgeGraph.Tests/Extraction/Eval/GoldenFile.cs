using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>Thrown when a value differs from its approved golden file.</summary>
public sealed class GoldenMismatchException(string message) : Exception(message);

/// <summary>
/// Approval testing without Verify.Xunit: the value's JSON is compared with X.expected.json; on a mismatch
/// (or when X.expected.json does not exist yet) X.received.json is written beside it and the check fails.
/// With KG_ACCEPT=1 in the environment the received JSON becomes the expected file instead.
/// </summary>
public static class GoldenFile
{
    public const string AcceptVariable = "KG_ACCEPT";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Vietnamese stays readable in the files: no \u escapes for letters with diacritics.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static bool AcceptFromEnvironment =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "TRUE" or "yes";

    /// <summary>Paths of the pair for a base path "folder/X": X.expected.json and X.received.json.</summary>
    public static (string Expected, string Received) PathsFor(string basePath) =>
        (basePath + ".expected.json", basePath + ".received.json");

    /// <param name="basePath">Folder and name without suffix, e.g. Golden/seeds/000_x.</param>
    /// <param name="accept">Null: read KG_ACCEPT from the environment.</param>
    public static void Verify(object value, string basePath, bool? accept = null)
    {
        var json = Serialize(value);
        var (expectedPath, receivedPath) = PathsFor(basePath);
        if (accept ?? AcceptFromEnvironment)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(expectedPath))!);
            File.WriteAllText(expectedPath, json, new UTF8Encoding(false));
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        var expected = File.Exists(expectedPath) ? Normalise(File.ReadAllText(expectedPath)) : null;
        if (expected == json)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, json, new UTF8Encoding(false));
        throw new GoldenMismatchException(expected is null
            ? $"No approved file '{expectedPath}'. Wrote '{receivedPath}'; review it and run with {AcceptVariable}=1 to accept."
            : $"'{receivedPath}' differs from '{expectedPath}' ({FirstDifference(expected, json)}). "
              + $"Review the diff and run with {AcceptVariable}=1 to accept.");
    }

    public static string Serialize(object value) => Normalise(JsonSerializer.Serialize(value, value.GetType(), JsonOptions)) ;

    private static string Normalise(string json) => json.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    private static string FirstDifference(string expected, string received)
    {
        var e = expected.Split('\n');
        var r = received.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, r.Length); i++)
        {
            var a = i < e.Length ? e[i] : "<end of file>";
            var b = i < r.Length ? r[i] : "<end of file>";
            if (a != b) return $"first difference at line {i + 1}: expected `{a.Trim()}`, received `{b.Trim()}`";
        }
        return "no line differs";
    }
}
