using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>
/// Đơn vị được giao (an assignee) within a province's coverage: a unit the province's implementing documents name as
/// lead or support (a department, a commune, ...), and the documents of the cascade it issued itself. A group
/// ("các sở, ban, ngành", "UBND các xã, phường") names no single body that could issue one, so it is never covered.
/// </summary>
public sealed record AssigneeCoverage(UnitRef Unit, string Level, bool Group, IReadOnlyList<DocumentNode> Documents)
{
    public bool Covered => Documents.Count > 0;
}

public static class AssigneeAnalyst
{
    /// <summary>
    /// The assignees of one province's coverage, by unit key. A unit is covered when one of the province's documents in
    /// the cascade has it as issuer (same unit key: name normalised, scoped by the document's province), so "Sở Tài
    /// chính" assigned in a Lạng Sơn plan is covered by a plan Sở Tài chính tỉnh Lạng Sơn issued.
    /// </summary>
    public static IReadOnlyList<AssigneeCoverage> Of(ProvinceCoverage province)
    {
        var issued = province.Evidence.Select(e => e.Document)
            .Where(d => !string.IsNullOrWhiteSpace(d.Issuer))
            .GroupBy(d => UnitKeys.Key(d.Issuer!, d.Province), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DocumentNode>)g.OrderBy(d => d.Key, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return province.Units.Select(u =>
        {
            var name = u.Key[..Math.Max(0, u.Key.LastIndexOf(UnitKeys.Separator))];
            var group = IsGroup(name);
            return new AssigneeCoverage(u, UnitKeys.Level(name, u.Province), group, group ? [] : issued.GetValueOrDefault(u.Key) ?? []);
        }).OrderBy(a => a.Unit.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>"các sở, ban, ngành", "ubnd các huyện, thành phố": a plural naming many bodies at once.</summary>
    public static bool IsGroup(string normalizedName) =>
        normalizedName.StartsWith("các ", StringComparison.Ordinal) || normalizedName.Contains(" các ", StringComparison.Ordinal);
}
