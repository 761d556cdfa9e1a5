package dev.sslform.plugin.state;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words: the JDK's file-system exceptions often carry only the
 * path as their message ({@code AccessDeniedException: /x}), which makes "cannot create lock file
 * /x: /x". This names the reason instead.
 */
final class IoReasons {

    private IoReasons() {
    }

    /** The reason, with the file it concerns when that is not {@code mentioned} (the path the message already names). */
    static String of(IOException e, java.nio.file.Path mentioned) {
        if (e instanceof FileSystemException f) {
            String kind = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof FileAlreadyExistsException ? "file exists"
                    : e instanceof NotDirectoryException ? "not a directory"
                    : e instanceof DirectoryNotEmptyException ? "directory not empty" : null;
            String reason = f.getReason();
            String where = f.getOtherFile() == null ? f.getFile() : f.getFile() + " -> " + f.getOtherFile();
            String what = reason != null ? reason : kind != null ? kind : e.getClass().getSimpleName();
            return where == null || (mentioned != null && where.equals(mentioned.toString())) ? what : what + " (" + where + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
