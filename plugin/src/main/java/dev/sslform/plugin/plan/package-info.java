/**
 * The plan/apply engine: {@link dev.sslform.plugin.plan.Planner} refreshes what state records,
 * diffs it against the evaluated configuration ({@link dev.sslform.plugin.plan.DesiredConfig})
 * and produces a {@link dev.sslform.plugin.plan.Plan} of {@link dev.sslform.plugin.plan.ResourceChange}s;
 * {@link dev.sslform.plugin.plan.Applier} carries a plan out, writing state after every step;
 * {@link dev.sslform.plugin.plan.PlanText} renders a plan the way Terraform prints one.
 *
 * <p>May import {@code provider}, {@code state} and {@code support}. May not import picocli,
 * {@code cli}, {@code config}, the Tencent SDK or any HTTP client: it reaches the cloud only through
 * the provider, and the terminal only through the text it returns and the observer it is given.
 */
package dev.sslform.plugin.plan;
