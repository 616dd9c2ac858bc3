using System.CommandLine;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// One CLI verb (extract, ingest, search, serve, ...). Program discovers every implementation,
/// so adding a verb is adding one file.
/// </summary>
public interface ICliVerb
{
    Command Build();
}
