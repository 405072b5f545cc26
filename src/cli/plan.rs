//! `synthforge plan`: the dry run. Prints per family and per pattern the
//! requested count, the distinct space and whether the quota can be met.

use synthforge::inputs::Inputs;
use synthforge::plan::Plan;

use super::InputArgs;

#[derive(clap::Args, Debug)]
pub struct PlanArgs {
    #[command(flatten)]
    inputs: InputArgs,
    /// Seed of every choice [default: the recipe's seed]
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Scale all family quotas proportionally so they sum to N
    #[arg(long, value_name = "N")]
    total: Option<u64>,
    /// Print the plan as JSON on stdout
    #[arg(long)]
    json: bool,
}

pub fn run(args: PlanArgs) -> anyhow::Result<()> {
    let inputs = Inputs::load(&args.inputs.paths())?;
    super::print_warnings(&inputs.warnings, false);
    let content = &inputs.content;
    let plan = Plan::new(
        content.space(),
        args.seed.unwrap_or(content.seed()),
        args.total,
    );
    let shortfalls = plan.shortfalls();
    let family_met =
        |f: &synthforge::plan::FamilyPlan| shortfalls.iter().all(|s| s.family != f.family);
    let yes_no = |met: bool| if met { "yes" } else { "NO" };
    if args.json {
        let families: Vec<serde_json::Value> = plan
            .families
            .iter()
            .map(|f| {
                let strata: Vec<serde_json::Value> = plan.strata[f.strata.clone()]
                    .iter()
                    .map(|s| serde_json::json!({"name": s.name, "requested": s.quota, "distinct_space": s.space, "can_meet": s.quota <= s.space}))
                    .collect();
                serde_json::json!({"family": f.family.name(), "requested": f.requested, "distinct_space": plan.space(f), "can_meet": family_met(f), "strata": strata})
            })
            .collect();
        let json =
            serde_json::json!({"seed": plan.seed, "total": plan.requested(), "families": families});
        return super::print(&format!("{}\n", serde_json::to_string_pretty(&json)?));
    }
    let mut text = format!(
        "seed {}, {} examples requested\n\n",
        plan.seed,
        plan.requested()
    );
    text += &format!(
        "{:<34} {:>10} {:>16}  can meet\n",
        "family / stratum", "requested", "distinct space"
    );
    for f in &plan.families {
        text += &format!(
            "{:<34} {:>10} {:>16}  {}\n",
            f.family.name(),
            f.requested,
            plan.space(f),
            yes_no(family_met(f))
        );
        for s in &plan.strata[f.strata.clone()] {
            text += &format!(
                "  {:<32} {:>10} {:>16}  {}\n",
                s.name,
                s.quota,
                s.space,
                yes_no(s.quota <= s.space)
            );
        }
    }
    super::print(&text)?;
    if !shortfalls.is_empty() {
        return Err(synthforge::error::Error::Shortfall(shortfalls).into());
    }
    Ok(())
}
