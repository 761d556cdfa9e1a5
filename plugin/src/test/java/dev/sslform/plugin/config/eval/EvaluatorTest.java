package dev.sslform.plugin.config.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.value.UnknownValue;
import dev.sslform.plugin.config.value.Value;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluation tables: each row is an expression and the expression of its expected value. */
class EvaluatorTest {

    private static Value ok(String src) {
        Diagnostics d = new Diagnostics();
        Value v = EvalFixture.eval(src, d);
        assertTrue(d.isEmpty(), () -> src + ": " + d);
        return v;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = " | ", textBlock = """
            1 + 2 * 3                     | 7
            (1 + 2) * 3                   | 9
            10 / 4                        | 2.5
            7 % 3                         | 1
            -var.n                        | -3
            123456789012345678901234567890 + 1 | 123456789012345678901234567891
            0.1 + 0.2                     | 0.3
            "2" + 3                       | 5
            1 < 2                         | true
            2 <= 2                        | true
            3 > 4                         | false
            3 >= 4                        | false
            1 == 1.0                      | true
            1 == "1"                      | false
            "a" != "b"                    | true
            [1, 2] == [1, 2]              | true
            true && false                 | false
            true || false                 | true
            !var.flag                     | false
            var.flag ? "y" : "n"          | "y"
            var.list[1]                   | "b"
            var.list["2"]                 | "c"
            var.map["k2"]                 | "v2"
            var.map.k1                    | "v1"
            var.objs[*].id                | ["x", "y"]
            var.objs.*.id                 | ["x", "y"]
            var.nothing[*]                | []
            "x-${var.name}-${var.n}"      | "x-orders-3"
            "%{ for v in var.list }${v};%{ endfor }" | "a;b;c;"
            "%{ if var.flag }on%{ else }off%{ endif }" | "on"
            [for v in var.list : upper(v) if v != "b"] | ["A", "C"]
            {for k, v in var.map : v => k} | {v1 = "k1", v2 = "k2"}
            {for v in ["a", "b", "a"] : v => v...} | {a = ["a", "a"], b = ["b"]}
            [for i, v in var.list : i]    | [0, 1, 2]
            """)
    void operators_and_expressions(String expr, String expected) {
        assertEquals(ok(expected), ok(expr));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = " | ", textBlock = """
            toset(["b", "a", "b"])                  | toset(["a", "b"])
            length(toset(["b", "a", "b"]))          | 2
            tolist(toset(["b", "a"]))               | ["a", "b"]
            tomap({a = 1, b = "x"})                 | {a = "1", b = "x"}
            lookup(var.map, "k1", "d")              | "v1"
            lookup(var.map, "zz", "d")              | "d"
            merge({a = 1, b = 2}, {b = 3}, null)    | {a = 1, b = 3}
            concat([1], [2, 3], [])                 | [1, 2, 3]
            length("héllo")                         | 5
            length(var.map)                         | 2
            length([var.unknown, 1])                | 2
            keys(var.map)                           | ["k1", "k2"]
            values(var.map)                         | ["v1", "v2"]
            contains(var.list, "b")                 | true
            contains(var.list, "z")                 | false
            format("%s-%03d", "db", 7)              | "db-007"
            format("%q %t %.2f %v %%", "a", true, 3.14159, [1]) | "\\"a\\" true 3.14 [1] %"
            format("%-4s|", "ab")                   | "ab  |"
            join(",", ["a", "b"], ["c"])            | "a,b,c"
            split(",", "a,b,,c")                    | ["a", "b", "", "c"]
            lower("ABC")                            | "abc"
            upper("abc")                            | "ABC"
            trimspace("  x \\n")                    | "x"
            replace("a-b-c", "-", "+")              | "a+b+c"
            replace("mssql-123", "/mssql-(\\\\d+)/", "id $1") | "id 123"
            regex("[a-z]+", "123abc456")            | "abc"
            regex("(\\\\d+)-(\\\\d+)", "10-20")     | ["10", "20"]
            regex("(?P<h>\\\\d+):(?P<m>\\\\d+)", "17:30") | {h = "17", m = "30"}
            can(var.map.nope)                       | false
            can(var.map.k1)                         | true
            try(var.map.nope, var.list[9], "fb")    | "fb"
            coalesce(null, "", "x")                 | "x"
            file("hello.txt")                       | "hello file\\n"
            jsonencode({a = [1, 2.5, true, null], b = "x"}) | "{\\"a\\":[1,2.5,true,null],\\"b\\":\\"x\\"}"
            jsondecode("{\\"a\\": [1, 12345678901234567890]}") | {a = [1, 12345678901234567890]}
            yamldecode("a: 1\\nb: [x, y]\\n")        | {a = 1, b = ["x", "y"]}
            timeadd("2017-11-22T00:00:00Z", "10m")  | "2017-11-22T00:10:00Z"
            timeadd("2017-11-22T00:00:00+08:00", "-1h30m") | "2017-11-21T22:30:00+08:00"
            """)
    void functions(String expr, String expected) {
        assertEquals(ok(expected), ok(expr));
    }

    @ParameterizedTest(name = "{0} is unknown")
    @CsvSource(delimiterString = " | ", textBlock = """
            var.unknown + 1
            var.unknown == 1
            "x${var.unknown}"
            upper(var.unknown)
            var.unknown ? 1 : 2
            var.unknown.attr[0]
            [for v in var.unknown : v]
            jsonencode([var.unknown])
            lookup(var.map, var.unknown, "d")
            """)
    void unknowns_propagate(String expr) {
        assertTrue(ok(expr) instanceof UnknownValue, expr);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", textBlock = """
            1 + "a"                 | Invalid operand: Unsuitable value for right operand: a number is required.
            1 / 0                   | Invalid operand: Division by zero is not allowed.
            nosuch(1)               | Call to unknown function: There is no function named "nosuch".
            uper("a")               | Call to unknown function: There is no function named "uper". Did you mean "upper"?
            upper()                 | Not enough function arguments: Function "upper" expects 1 argument(s); got 0.
            var.map.k3              | Unsupported attribute: This object does not have an attribute named "k3". Did you mean "k1"?
            var.list[5]             | Invalid index: The given key does not identify an element in this collection value: the collection has 3 elements.
            vars.name               | Unknown reference: There is nothing named "vars" in scope. Did you mean "var"? In scope: var.
            "x${var.nothing}"       | Invalid template interpolation value: The expression result is null. Cannot include a null value in a string template.
            regex("x", "abc")       | Error in function call: Call to function "regex" failed: pattern did not match any part of the given string.
            timeadd("2017-11-22T00:00:00Z", "10 minutes") | Invalid function argument: Invalid value for "duration" parameter: invalid duration "10 minutes"; use a number and a unit, such as "30m" or "1h30m".
            format("%d", 1.5)       | Invalid function argument: Invalid value for "args" parameter: an integer is required for %d, but have 1.5.
            jsondecode("{")         | Invalid function argument: Invalid value for "str" parameter: invalid JSON: Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1]).
            file("missing.txt")     | Invalid function argument: Invalid value for "path" parameter: no file exists at "missing.txt"; this function works only with files that are distributed as part of the configuration source code.
            var.flag ? 1            | Missing false expression in conditional: The conditional operator (...?...:...) requires a false expression, delimited by a colon.
            """)
    void errors_are_diagnostics(String expr, String expected) {
        Diagnostics d = new Diagnostics();
        EvalFixture.eval(expr, d);
        assertEquals(expected, d.asList().stream().map(x -> x.summary() + ": " + x.detail()).collect(Collectors.joining("\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", textBlock = """
            upper(1, 2) + nosuch() + var.list[7]
            """)
    void every_error_in_an_expression_is_reported(String expr) {
        Diagnostics d = new Diagnostics();
        EvalFixture.eval(expr, d);
        assertEquals(3, d.size(), d::toString);
        assertTrue(d.asList().stream().allMatch(Diagnostic::isError));
    }
}
