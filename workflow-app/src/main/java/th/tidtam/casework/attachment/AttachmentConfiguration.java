package th.tidtam.casework.attachment;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentConfiguration {

    /**
     * The servlet's own multipart limits, derived from the attachment limit so the two cannot drift apart: a little
     * above it, so that a file just over the limit reaches the application and gets its clear, translated refusal,
     * while a far larger body is cut off by the container before it fills the disk. Replaces Boot's
     * {@code spring.servlet.multipart.max-file-size}/{@code max-request-size}; the Vaadin servlet uses it too.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
        long limit = properties.maxSize().toBytes();
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(limit + DataSize.ofMegabytes(1).toBytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(limit + DataSize.ofMegabytes(2).toBytes()));
        // larger parts go to a temporary file rather than the heap
        factory.setFileSizeThreshold(DataSize.ofKilobytes(512));
        return factory.createMultipartConfig();
    }
}
