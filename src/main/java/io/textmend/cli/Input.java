package io.textmend.cli;

import java.nio.file.Path;

/**
 * One input of a batch.
 *
 * @param path     the file, or null for stdin
 * @param relative its path relative to the folder given on the command line (its file name when a
 *                 file was given), used to mirror it under the output folder
 * @param display  how messages name it
 */
record Input(Path path, Path relative, String display) {

    static Input stdin() {
        return new Input(null, null, "-");
    }

    boolean isStdin() {
        return path == null;
    }
}
