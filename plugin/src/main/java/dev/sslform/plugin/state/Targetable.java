package dev.sslform.plugin.state;

/**
 * What {@code -target} (and {@code state list}'s filters) can name: a resource or one of its
 * instances ({@link ResourceAddress}), or a module instance with everything in it
 * ({@link ModulePath}), as Terraform's {@code addrs.Targetable}.
 */
public sealed interface Targetable permits ResourceAddress, ModulePath {

    /** Whether this target selects the resource instance at {@code a}. */
    boolean targets(ResourceAddress a);

    /**
     * Parses a target as Terraform does: {@code module.x}, {@code module.x[0]},
     * {@code module.x.type.name}, {@code type.name[1]} …
     *
     * @throws InvalidAddressException naming the input and what is wrong with it
     */
    static Targetable parse(String text) {
        return ResourceAddress.parseTargetable(text);
    }
}
