/**
 * INTERIM input, to be replaced by the configuration language ({@code config/}) once it is merged:
 * a minimal loader of YAML/JSON files shaped like Terraform JSON ({@code provider}, {@code data},
 * {@code resource} → type → name → arguments) into a {@link dev.sslform.plugin.plan.DesiredConfig}.
 * It understands only whole-string references: {@code "${var.NAME}"}, {@code "${each.key}"},
 * {@code "${each.value.FIELD}"} and {@code for_each = "${data.TYPE.NAME.ATTRIBUTE}"} over a list
 * of objects (keyed by their {@code instance_id}) or a map.
 *
 * <p>May import {@code plan}, {@code state}, {@code provider} and Jackson; nothing imports it but
 * {@code cli} and tests.
 */
package dev.sslform.plugin.interim;
