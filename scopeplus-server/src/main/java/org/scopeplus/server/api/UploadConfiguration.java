package org.scopeplus.server.api;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Multipart uploads: parts above {@code spring.servlet.multipart.file-size-threshold} go to disk in
 * the {@link UploadFolder} (so that files a killed process left are found and removed at the next
 * start), and a whole upload may hold at most {@code scopeplus.limits.upload}.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

  @Bean
  MultipartConfigElement multipartConfig(
      UploadFolder folder,
      @Value("${scopeplus.limits.upload:1GB}") DataSize upload,
      @Value("${spring.servlet.multipart.file-size-threshold:1MB}") DataSize threshold) {
    return new MultipartConfigElement(
        folder.path().toString(),
        upload.toBytes(),
        upload.toBytes(),
        (int) Math.min(Integer.MAX_VALUE, threshold.toBytes()));
  }
}
