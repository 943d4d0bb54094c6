/*
 * Copyright the camel-sinch-provisioning project contributors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelsinch.provisioning.quarkus.deployment;

import io.github.camelsinch.provisioning.quarkus.SinchProvisioningJdbcState;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import java.util.List;

/** Build steps of the Camel Quarkus extension for the {@code sinch-prov} component. */
class SinchProvisioningProcessor {

    static final String FEATURE = "camel-sinch-provisioning";

    /** The Jackson models (generated) and their support classes (open enums, unions, tolerant base classes). */
    static final String MODEL_PACKAGE = "io.github.camelsinch.provisioning.model";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /**
     * The observer behind {@code quarkus.camel.sinch-prov.state.jdbc.enabled}: kept although nothing injects it, as
     * it only observes the component joining the CamelContext.
     */
    @BuildStep
    AdditionalBeanBuildItem jdbcStateBean() {
        return AdditionalBeanBuildItem.unremovableOf(SinchProvisioningJdbcState.class);
    }

    /** That bean looks the default datasource up by type: keep it in an application that injects it nowhere. */
    @BuildStep
    UnremovableBeanBuildItem keepDataSources() {
        return UnremovableBeanBuildItem.beanTypes(DotName.createSimple("javax.sql.DataSource"));
    }

    /** Calls go over HTTPS: native images need the SSL support. */
    @BuildStep
    ExtensionSslNativeSupportBuildItem sslNativeSupport() {
        return new ExtensionSslNativeSupportBuildItem(FEATURE);
    }

    /**
     * The component looks its MeterRegistry up in the Camel registry at run time, which Arc cannot see: without this,
     * Arc removes the registry beans (quarkus-micrometer's) no one injects, and no meter is published. Named, not
     * referenced: an application without Micrometer has no such bean and nothing to keep.
     */
    @BuildStep
    UnremovableBeanBuildItem keepMeterRegistries() {
        return UnremovableBeanBuildItem.beanTypes(DotName.createSimple("io.micrometer.core.instrument.MeterRegistry"));
    }

    /**
     * Jackson reads and writes every model class by reflection: register all of them, found in the Jandex index that
     * the component jar ships ({@code META-INF/jandex.idx}), so a model added to the contract needs no change here.
     */
    @BuildStep
    ReflectiveClassBuildItem registerModelsForReflection(CombinedIndexBuildItem combinedIndex) {
        return ReflectiveClassBuildItem.builder(modelClasses(combinedIndex.getIndex()))
                .constructors().methods().fields()
                .reason(getClass().getName() + ": Jackson models of the Sinch Provisioning API")
                .build();
    }

    static List<String> modelClasses(IndexView index) {
        return index.getKnownClasses().stream()
                .map(ClassInfo::name)
                .map(Object::toString)
                .filter(name -> name.startsWith(MODEL_PACKAGE + "."))
                .sorted()
                .toList();
    }
}
