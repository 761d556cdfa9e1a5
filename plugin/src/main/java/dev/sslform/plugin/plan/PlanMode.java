package dev.sslform.plugin.plan;

/**
 * Terraform's plan modes: converge to the configuration, destroy everything in state, or only
 * refresh (record drift in state, change nothing remotely).
 */
public enum PlanMode { NORMAL, DESTROY, REFRESH_ONLY }
