package dev.sslform.plugin.config;

/**
 * Names the kind of a module source address that is not a local path, in the words Terraform's
 * docs use, so that the refusal says what the user wrote.
 */
final class ModuleSources {
    private ModuleSources() {
    }

    static String describe(String source) {
        String s = source.toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("git::") || s.startsWith("git@") || s.contains(".git") || s.startsWith("github.com/") || s.startsWith("bitbucket.org/")) {
            return "a Git repository";
        }
        if (s.startsWith("hg::")) {
            return "a Mercurial repository";
        }
        if (s.startsWith("s3::") || s.contains(".amazonaws.com/")) {
            return "an S3 bucket";
        }
        if (s.startsWith("gcs::") || s.contains("storage.googleapis.com/")) {
            return "a GCS bucket";
        }
        if (s.startsWith("http://") || s.startsWith("https://")) {
            return "an HTTP URL";
        }
        if (s.startsWith("/") || s.matches("^[a-z]:\\\\.*")) {
            return "an absolute path (Terraform too requires a local module path to start with \"./\" or \"../\")";
        }
        if (s.matches("^([a-z0-9.-]+/)?[a-z0-9_-]+/[a-z0-9_-]+/[a-z0-9_-]+(//.*)?$")) {
            return "a module registry address";
        }
        return "not a local path";
    }
}
