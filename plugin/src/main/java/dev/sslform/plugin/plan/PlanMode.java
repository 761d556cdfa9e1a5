package dev.sslform.plugin.plan;

/** Terraform's plan modes: converge to the configuration, or destroy everything in state. */
public enum PlanMode { NORMAL, DESTROY }
