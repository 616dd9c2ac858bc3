namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>
/// A named Cypher text and the parameters it takes. Values only ever travel as parameters;
/// <see cref="With"/> refuses a parameter set that differs from the declared one.
/// </summary>
public sealed record CypherTemplate(string Name, string Text, IReadOnlyList<string> Parameters)
{
    public CypherStatement With(params (string Name, object? Value)[] values)
    {
        var given = values.Select(v => v.Name).Order(StringComparer.Ordinal).ToList();
        if (!given.SequenceEqual(Parameters.Order(StringComparer.Ordinal)))
            throw new ArgumentException($"Cypher {Name} takes parameters ({string.Join(", ", Parameters)}), got ({string.Join(", ", given)})");
        return new CypherStatement(Name, Text, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
    }

    public CypherStatement WithoutParameters() => With();
}

/// <summary>A statement ready to send: template name (for messages), text and parameter values.</summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters);
