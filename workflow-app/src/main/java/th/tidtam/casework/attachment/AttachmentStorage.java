package th.tidtam.casework.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bytes of attachments on disk, each under a random UUID so that no user-typed name becomes a path. A file is
 * first written in full to a temporary file in the same directory and only then moved into place, so a reader never
 * sees half a file; if the database transaction that records it rolls back, the file is deleted again.
 */
@Component
class AttachmentStorage {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStorage.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** A file received in full but not yet in place: its temporary path, size, digest and first bytes. */
    record Received(Path temp, long size, String sha256, byte[] head) {
    }

    /** Thrown when the stream is longer than allowed; nothing is left on disk. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final Path dir;

    AttachmentStorage(AttachmentProperties properties) {
        this.dir = properties.dir().toAbsolutePath().normalize();
    }

    /** Reads the whole stream into a temporary file, giving up as soon as it passes {@code maxBytes}. */
    Received receive(InputStream in, long maxBytes) throws TooLarge {
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "incoming-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[AttachmentTypes.HEAD];
            int headLength = 0;
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(temp)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLarge();
                    }
                    if (headLength < head.length) {
                        int copy = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            return new Received(temp, size, HexFormat.of().formatHex(sha.digest()), Arrays.copyOf(head, headLength));
        } catch (TooLarge e) {
            discard(temp);
            throw e;
        } catch (IOException e) {
            discard(temp);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            discard(temp);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            discard(temp);
            throw e;
        }
    }

    /**
     * Moves a received file into place under a new random key and, inside a transaction, arranges for it to be
     * deleted again if that transaction does not commit, so that no file outlives the row that names it.
     */
    String keep(Received received) {
        String key = UUID.randomUUID().toString();
        Path target = dir.resolve(key);
        try {
            Files.move(received.temp(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            discard(received.temp());
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        discard(target);
                    }
                }
            });
        }
        return key;
    }

    /** The file for a key from the database; the key's shape is checked so that it can only name a file here. */
    Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key");
        }
        return dir.resolve(key);
    }

    InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    void discard(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }
}
