package org.scopeplus.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.scopeplus.core.text.PlainText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link RequestText#plain} to every string that enters through the API, so no controller
 * can forget it: each string value of a JSON body as it is read, and every path variable, query
 * parameter and uploaded file name before a controller runs. Lengths are checked by the controllers
 * against the widths their values are stored in.
 */
@Configuration
class RequestTextChecks implements WebMvcConfigurer {

  /** Every JSON string value read into a request body: plain text, or a 400 naming the field. */
  @Bean
  JacksonModule plainJsonStrings() {
    return new SimpleModule("plain-json-strings").addDeserializer(String.class, new PlainStrings());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new PlainParameters()).addPathPatterns("/api/**");
  }

  /** A string deserializer that refuses what {@link PlainText} refuses. */
  static final class PlainStrings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String s = super.deserialize(p, ctxt);
      String why = s == null ? null : PlainText.problem(s);
      if (why != null) {
        throw ctxt.weirdStringException(s, String.class, why);
      }
      return s;
    }
  }

  /** Path variables, query parameters and uploaded file names. */
  static final class PlainParameters implements HandlerInterceptor {
    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
          instanceof Map<?, ?> variables) {
        variables.forEach((k, v) -> RequestText.plain(String.valueOf(k), String.valueOf(v)));
      }
      request
          .getParameterMap()
          .forEach(
              (name, values) -> {
                RequestText.plain("a parameter name", name);
                for (String v : values) {
                  RequestText.plain(name, v);
                }
              });
      if (request instanceof MultipartHttpServletRequest multipart) {
        multipart
            .getFileMap()
            .forEach(
                (part, file) -> RequestText.plain(part + " file name", file.getOriginalFilename()));
      }
      return true;
    }
  }
}
