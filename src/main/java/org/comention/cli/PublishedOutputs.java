package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.comention.export.OutputException;
import org.comention.export.OutputManifest;
import org.comention.export.OutputStaging;

/**
 * What a command that reads a file of an output directory does first: completes a publish that a
 * killed build left half done there, then warns when the file is not the one the run.json beside
 * it describes. Neither stops the command: the file is read as it is.
 */
final class PublishedOutputs {
    private PublishedOutputs() {
    }

    static void check(Path file, PrintWriter err) {
        Path directory = file.toAbsolutePath().getParent();
        if (directory == null) {
            return;
        }
        try {
            if (OutputStaging.finishInterrupted(directory) > 0) {
                err.println("comention: completed the publishing of the outputs of an interrupted build in " + directory);
            }
        } catch (IOException e) {
            err.println("comention: warning: " + (e instanceof OutputException failed
                    ? directory.resolve(failed.fileName()) + ": cannot complete the publish of an interrupted build ("
                            + failed.reason() + ")"
                    : e.getMessage()));
        }
        try {
            String mismatch = OutputManifest.mismatch(file);
            if (mismatch != null) {
                err.println("comention: warning: " + file + " is not the file " + OutputManifest.RECORD + " beside it "
                        + "describes (" + mismatch + "): it was changed after the build; reading it as it is");
            }
        } catch (IOException e) {
            // the reader names an unreadable file better, in its own words
        }
    }
}
