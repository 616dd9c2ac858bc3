using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Server;
using KnowledgeGraph.Tests.Graph;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>The printed schema is the approved api/KnowledgeGraph.Api/GraphQL/schema.graphql (the UI writes its queries against it).</summary>
public sealed class SchemaTests
{
    public static ISchema BuildSchema()
    {
        var services = new ServiceCollection();
        services.AddGraphQL(b => KgSchema.Configure(b, new ApiLimits()));
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    [Fact]
    public void Printed_schema_matches_the_approved_sdl()
    {
        var sdl = BuildSchema().Print().Replace("\r\n", "\n").TrimEnd() + "\n";
        var approved = Path.Combine(RepoPaths.Root, "api", "KnowledgeGraph.Api", "GraphQL", "schema.graphql");
        var received = Path.ChangeExtension(approved, ".received.graphql");
        if (Environment.GetEnvironmentVariable("KG_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(approved, sdl);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n") : null;
        if (expected == sdl) { if (File.Exists(received)) File.Delete(received); return; }
        File.WriteAllText(received, sdl);
        Assert.Fail($"the schema differs from {approved}; wrote {received} (diff them; KG_ACCEPT_GOLDEN=1 accepts)");
    }

    [Fact]
    public void Every_type_field_and_argument_of_ours_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in BuildSchema().AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var f in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(f.Description)) missing.Add($"{type.Name}.{f.Name}");
                    foreach (var a in f.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(a.Description)) missing.Add($"{type.Name}.{f.Name}({a.Name})");
                }
        }
        Assert.Empty(missing);
    }
}
