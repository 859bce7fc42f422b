import KheshtQuery

/// An executed plan as an indented tree: each step with the planner's estimate beside the rows it produced, so a
/// bad estimate stands out.
struct PlanDisplay {
    let style: TerminalStyle

    func render(_ plan: QueryPlan) -> String {
        var lines = [style.header("plan") + style.dim("  (steps in execution order; est = planner's estimate)")]
        func walk(_ steps: [PlanStep], depth: Int) {
            for (i, step) in steps.enumerated() {
                let indent = String(repeating: "   ", count: depth)
                let numbers = style.dim("est \(step.estimatedRows) · actual \(step.actualRows)")
                lines.append("\(indent)\(i + 1). \(step.label)  \(numbers)")
                for child in step.children {
                    lines.append("\(indent)   \(style.emphasis(child.title)):")
                    walk(child.steps, depth: depth + 2)
                }
            }
        }
        walk(plan.steps, depth: 0)
        for step in plan.finishing { lines.append("then: \(step)") }
        lines.append(style.dim("→ \(plan.resultRows) row\(plan.resultRows == 1 ? "" : "s")"))
        return lines.joined(separator: "\n") + "\n"
    }
}
