package uk.gov.vigil.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend from its WebJar: the stylesheet and script under {@code /govuk/}, and fonts and images
 * under {@code /assets/}, which is where the stylesheet expects them.
 */
@Configuration(proxyBeanMethods = false)
class AssetConfiguration implements WebMvcConfigurer {

    private final String govukRoot;

    AssetConfiguration(@Value("${vigil.govuk-frontend-version}") String version) {
        this.govukRoot = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(govukRoot + "assets/");
        registry.addResourceHandler("/govuk/**").addResourceLocations(govukRoot);
    }
}
