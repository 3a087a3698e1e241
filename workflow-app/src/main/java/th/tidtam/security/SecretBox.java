package th.tidtam.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the second factor's secrets at rest with AES-256-GCM. The key comes from {@code TIDTAM_SECRET_KEY} (base64 of
 * 32 bytes); when that is unset, from a key file made once next to the embedded database (readable by the owner
 * only). A database dump alone then reveals no secret.
 */
@Component
class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKeySpec key;

    SecretBox(@Value("${tidtam.security.secret-key:}") String configured,
            @Value("${tidtam.security.secret-key-file:data/secret.key}") String keyFile) {
        this.key = new SecretKeySpec(configured.isBlank() ? fromFile(Paths.get(keyFile)) : decode(configured), "AES");
    }

    String seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    byte[] open(String sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE));
            return cipher.doFinal(in, NONCE, in.length - NONCE);
        } catch (GeneralSecurityException e) {
            // another key than the one that sealed it: the secret cannot be read, so no code can be checked
            throw new IllegalStateException("second-factor secret cannot be opened with this key (TIDTAM_SECRET_KEY?)", e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] k = Base64.getDecoder().decode(base64.strip());
        if (k.length != 16 && k.length != 24 && k.length != 32) {
            throw new IllegalStateException("TIDTAM_SECRET_KEY must be the base64 of 16, 24 or 32 bytes");
        }
        return k;
    }

    private static synchronized byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file));
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            byte[] k = new byte[32];
            RANDOM.nextBytes(k);
            Files.writeString(file, Base64.getEncoder().encodeToString(k), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's permissions apply
            }
            log.info("Made the key that seals second-factor secrets: {} (back it up with the database)", file.toAbsolutePath());
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the secret key file " + file, e);
        }
    }
}
