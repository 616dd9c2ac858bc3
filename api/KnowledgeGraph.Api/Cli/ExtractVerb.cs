using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Api.Cli;

/// <summary><c>extract PATH... [--json]</c>: run extraction only and print the result.</summary>
public sealed class ExtractVerb : ICliVerb
{
    /// <summary>Vietnamese comes out as is, not as \u escapes.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (recursive): .txt .md .docx .pdf", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the extraction JSON contract" };
        var cmd = new Command("extract", "Extract documents, citations, relations, tasks and targets") { paths, json };
        cmd.SetAction(parse =>
        {
            var result = KnowledgeGraph.Ml.MlExtraction.Pipeline(Decoders.All).ExtractPaths(parse.GetValue(paths)!);
            if (parse.GetValue(json))
                Console.Out.WriteLine(JsonSerializer.Serialize(result, Json));
            else
                HumanReadable.Write(Console.Out, result);
            foreach (var e in result.Errors) Console.Error.WriteLine($"error: {e.Source}: {e.Message}");
            return result.Errors.Count == 0 ? 0 : 1;
        });
        return cmd;
    }
}

/// <summary>The decoders for every supported input format.</summary>
public static class Decoders
{
    public static DecoderRegistry All => DecoderRegistry.Default;
}

/// <summary>Plain-text rendering of an extraction result for a person at a terminal.</summary>
public static class HumanReadable
{
    public static void Write(TextWriter w, ExtractionResult result)
    {
        foreach (var d in result.Documents)
        {
            w.WriteLine($"== {d.Source}");
            w.WriteLine($"   {d.Type} {d.Code ?? "(no number)"}  {d.Date ?? "(no date)"}  key {d.Key}");
            w.WriteLine($"   issuer: {d.Issuer?.Name ?? "?"}{(d.Issuer?.Province is { } p ? $" ({p})" : "")}   signer: {d.Signer ?? "?"}");
            if (d.Title is not null) w.WriteLine($"   title: {d.Title}");
            w.WriteLine($"   citations ({d.Citations.Count}):");
            foreach (var c in d.Citations)
                w.WriteLine($"     {c.Code ?? "(title)"} {c.Date} {c.Issuer} — {Trim(c.Subject, 90)}");
            w.WriteLine($"   relations ({d.Relations.Count}):");
            foreach (var r in d.Relations)
                w.WriteLine($"     {r.From} -{r.Type}-> {r.To}  ({r.Confidence:0.00})");
            w.WriteLine($"   tasks ({d.Tasks.Count}):");
            foreach (var t in d.Tasks)
                w.WriteLine($"     [{t.Section}] {string.Join(", ", t.Lead)}{(t.Support.Count > 0 ? " + " + string.Join(", ", t.Support) : "")}{(t.Deadline is { } dl ? $" — {dl.Text}" : "")}");
            w.WriteLine($"   targets ({d.Targets.Count}):");
            foreach (var t in d.Targets) w.WriteLine($"     {t.Value}{t.Unit}: {Trim(t.Text, 90)}");
        }
        w.WriteLine($"{result.Documents.Count} documents extracted, {result.Errors.Count} errors");
    }

    private static string Trim(string? s, int n) => s is null ? "" : s.Length <= n ? s : s[..n] + "…";
}
