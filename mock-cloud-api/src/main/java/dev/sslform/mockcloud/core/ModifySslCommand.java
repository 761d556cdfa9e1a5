package dev.sslform.mockcloud.core;

import java.util.Objects;

/**
 * A validated {@code ModifyDBInstanceSSL} request.
 *
 * @param instanceId the primary instance
 * @param type       enable, disable or renew
 * @param waitSwitch 0 = now, 1 = in the maintenance window
 * @param kms        {@code IsKMS} = 1
 * @param keyId      {@code KeyId}, required when {@code kms}
 * @param keyRegion  {@code KeyRegion}, required when {@code kms}
 */
public record ModifySslCommand(String instanceId, OperationType type, int waitSwitch, boolean kms, String keyId, String keyRegion) {
    public ModifySslCommand {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(type, "type");
        if (waitSwitch != 0 && waitSwitch != 1) {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "WaitSwitch must be 0 (now) or 1 (in the maintenance window), got " + waitSwitch + ".");
        }
        keyId = keyId == null ? "" : keyId;
        keyRegion = keyRegion == null ? "" : keyRegion;
        if (kms && (keyId.isBlank() || keyRegion.isBlank())) {
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "IsKMS=1 requires both KeyId and KeyRegion.");
        }
        if (!kms && (!keyId.isEmpty() || !keyRegion.isEmpty())) {
            // Deviation: the real API's behaviour here is undocumented; a key without IsKMS=1 is
            // almost certainly a client mistake, so it is refused rather than silently ignored.
            throw new ApiException(ErrorCodes.INPUT_ILLEGAL, "KeyId and KeyRegion are only allowed with IsKMS=1.");
        }
    }
}
