package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.value.ConversionException;
import dev.sslform.plugin.config.value.Convert;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;

/**
 * A module call's argument as the child's input variable sees it, as Terraform prepares it:
 * converted to the variable's type constraint; a null value stays null when the variable is
 * nullable, and otherwise takes the default, or is an error when there is none.
 */
final class ModuleInputs {
    private ModuleInputs() {
    }

    static Value convert(VariableConfig v, Value given, ModuleAddress module, SourceRange at, Diagnostics diags) {
        String where = module + ".var." + v.name() + " declared at " + v.declRange().filename() + ":" + v.declRange().start().line()
                + "," + v.declRange().start().column();
        if (given instanceof NullValue) {
            if (v.nullable()) {
                return given;
            }
            if (v.defaultValue() != null) {
                return v.defaultValue();
            }
            diags.error("Invalid value for input variable", "The given value is not suitable for " + where
                    + ": required variable may not be set to null.", at);
            return new UnknownValue(v.type());
        }
        try {
            return Convert.to(given, v.type());
        } catch (ConversionException e) {
            diags.error("Invalid value for input variable", "The given value is not suitable for " + where + ": " + e.getMessage() + ".", at);
            return new UnknownValue(v.type());
        }
    }
}
