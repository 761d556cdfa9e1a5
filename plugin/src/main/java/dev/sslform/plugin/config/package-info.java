/**
 * The configuration language: loading HCL, YAML and Terraform-JSON files into one model, and
 * evaluating it for the plan engine.
 *
 * <h2>Model</h2>
 * {@link dev.sslform.plugin.config.ConfigLoader#load} reads a directory (or one file) into a
 * {@link dev.sslform.plugin.config.LoadResult}: a {@link dev.sslform.plugin.config.Configuration}
 * plus every {@link dev.sslform.plugin.config.diag.Diagnostic}. The configuration holds provider
 * blocks, variables (declarations and resolved values), locals, outputs, and
 * {@link dev.sslform.plugin.config.ResourceConfig}s — each with its
 * {@link dev.sslform.plugin.config.Address}, source range, meta-arguments (count, for_each,
 * depends_on, lifecycle) and body as unevaluated expressions. Which files are read is
 * {@link dev.sslform.plugin.config.ConfigFiles}; which blocks and meta-arguments exist, and which
 * are refused, is {@link dev.sslform.plugin.config.Language} (the decoders consult it, and a test
 * checks that each construct has a behaviour or a refusal test).
 *
 * <h2>Evaluation</h2>
 * {@link dev.sslform.plugin.config.Configuration#evaluator()} gives a
 * {@link dev.sslform.plugin.config.ConfigEvaluator}; {@code evaluate(known, diags)} takes the
 * values the engine knows (data sources it has read, by instance address) and returns an
 * {@link dev.sslform.plugin.config.Evaluation}: every block expanded into
 * {@link dev.sslform.plugin.config.ResourceInstance}s addressed as Terraform does, with their
 * arguments as a {@link dev.sslform.plugin.config.value.Value} tree checked against the provider
 * schema. What is not yet known is an {@link dev.sslform.plugin.config.value.UnknownValue}; an
 * expansion whose count/for_each is unknown is marked so and re-evaluated later. Custom
 * conditions (preconditions, postconditions with {@code self}, output preconditions, check
 * assertions) are evaluated in the same pass, as far as the known values allow, and returned as
 * {@link dev.sslform.plugin.config.ConditionOutcome}s; the engine decides which are errors.
 *
 * <pre>{@code
 * LoadResult r = new ConfigLoader(TencentCloudSchemas.schema()).load(LoadRequest.directory(dir));
 * Diagnostics diags = r.diagnostics();
 * Evaluation first = r.configuration().evaluator().evaluate(Map.of(), diags);
 * // read data sources, then:
 * Evaluation full = r.configuration().evaluator().evaluate(Map.of("data.tencentcloud_sqlserver_instances.all", read), diags);
 * for (ResourceInstance i : full.instances(ResourceMode.MANAGED)) { plan(i.address(), i.values()); }
 * }</pre>
 *
 * <h2>Modules</h2>
 * A {@code module} block is a {@link dev.sslform.plugin.config.ModuleCall} (decoded by
 * {@code ModuleCallDecoder}); {@code ChildModules} loads each local source directory into a child
 * {@link dev.sslform.plugin.config.Configuration} ({@link dev.sslform.plugin.config.Configuration#children()}),
 * recursively, refusing cycles. Evaluation gives every module instance its own {@code EvalSession}
 * (sharing the known values, diagnostics, cycle detection and condition outcomes): the call's
 * count/for_each is expanded in the caller, each input variable is the call's argument evaluated
 * in the caller and converted ({@code ModuleInputs}), and {@code module.x} in the caller is the
 * instances' outputs ({@code ModuleReferences}). Instance addresses carry the module instance
 * path ({@link dev.sslform.plugin.config.ModuleAddress}), so the engine sees one flat list of
 * instances such as {@code module.ssl["a"].tencentcloud_x.this}.
 *
 * <p>{@link dev.sslform.plugin.config.ExpressionConsole} evaluates single expressions in the root
 * module's scope ({@code sslform console}).
 *
 * <p>Depends on Jackson only; knows no provider, no picocli, no HTTP, no terminal. Sub-packages:
 * {@code diag}, {@code syntax}, {@code json}, {@code value}, {@code eval}, {@code schema} (the
 * schema vocabulary shared with the provider, as Terraform's {@code configschema}), {@code format}
 * (the HCL formatter behind {@code sslform fmt}).
 */
package dev.sslform.plugin.config;
