using global::GraphQL;
using global::GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Api.Server;
using KnowledgeGraph.Graph.Facts;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Writes; each needs the API key (X-Api-Key or Authorization: Bearer).</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Writes to the graph; every one needs the API key (header X-Api-Key, or Authorization: Bearer KEY).";

        Field<NonNullGraphType<IngestResultGraphType>>("ingestDocument")
            .Description("Extracts one document (file name + content), stores it (replacing an earlier version) and updates the search index.")
            .Argument<NonNullGraphType<StringGraphType>>("fileName", "File name with its extension (.txt, .md, .docx, .pdf), no folders")
            .Argument<StringGraphType>("content", "The text of a .txt or .md file")
            .Argument<StringGraphType>("contentBase64", "Or the bytes of any supported file, base64-encoded (.docx, .pdf)")
            .ResolveAsync(async c =>
            {
                var kg = c.Kg();
                if (!kg.Authorised)
                    throw new ExecutionError("ingestDocument needs the API key: send it as X-Api-Key or Authorization: Bearer.") { Code = "UNAUTHORIZED" };
                var text = c.GetArgument<string?>("content");
                var base64 = c.GetArgument<string?>("contentBase64");
                if ((text is null) == (base64 is null))
                    throw new ExecutionError("ingestDocument: give exactly one of content and contentBase64.") { Code = "BAD_ARGUMENTS" };
                byte[] bytes;
                try { bytes = text is not null ? System.Text.Encoding.UTF8.GetBytes(text) : Convert.FromBase64String(base64!); }
                catch (FormatException) { throw new ExecutionError("ingestDocument: contentBase64 is not valid base64.") { Code = "BAD_ARGUMENTS" }; }
                try { return await kg.Services.IngestAsync(c.GetArgument<string>("fileName"), bytes, c.CancellationToken); }
                catch (IngestInputException e) { throw new ExecutionError($"ingestDocument: {e.Message}") { Code = "BAD_DOCUMENT" }; }
                catch (GraphInputException e) { throw new ExecutionError($"ingestDocument: {e.Message}") { Code = "BAD_DOCUMENT" }; }
            });

        AnalysisFields.AddMutations(this);
    }
}
