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
package io.github.camelsinch.provisioning.apply;

import io.github.camelsinch.provisioning.SinchProvisioningEndpointUriFactory;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of the apply operations ({@code sinch-prov:<api>/apply}), a nested group of the one endpoint class
 * (Camel's tooling knows one endpoint class per scheme). The component refuses them on every other endpoint; which
 * options they are, the generated configurer of this class tells, not a list kept by hand.
 */
@UriParams
@Configurer
public class SinchProvisioningApplyConfiguration {

    private static final Set<String> NAMES = names();

    @UriParam(label = "producer,apply", defaultValue = "false",
              description = "Apply operations only (whatsapp-templates/apply, kakaotalk-templates/apply,"
                      + " webhooks/apply): plan, report and send no write (the"
                      + " listing is read, nothing is created, changed or deleted). The header"
                      + " CamelSinchProvApplyDryRun overrides it per message.")
    private boolean dryRun;

    @UriParam(label = "producer,apply", defaultValue = "false",
              description = "Apply operations only: delete what exists in the project (for KakaoTalk: of the"
                      + " sender) but is not declared. Off: such resources are reported as EXTRA and left"
                      + " alone. An empty desired state with prune on is refused.")
    private boolean prune;

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isPrune() {
        return prune;
    }

    public void setPrune(boolean prune) {
        this.prune = prune;
    }

    /** The apply options' names. */
    public static Set<String> optionNames() {
        return NAMES;
    }

    /** For any endpoint but an apply operation's: the apply options are refused, named. */
    public static void rejectOnOtherEndpoints(String uri, Collection<String> optionNames) {
        List<String> misplaced = optionNames.stream().filter(NAMES::contains).sorted().toList();
        if (!misplaced.isEmpty()) {
            throw new IllegalArgumentException("Option(s) " + misplaced + " apply only to the apply operations ("
                    + String.join(", ", ApplyOperations.uris()) + "), not to sinch-prov:" + uri);
        }
    }

    /** The scheme's options (the generated URI factory's) that this class's generated configurer knows. */
    private static Set<String> names() {
        SinchProvisioningApplyConfigurationConfigurer configurer = new SinchProvisioningApplyConfigurationConfigurer();
        Set<String> names = new TreeSet<>(new SinchProvisioningEndpointUriFactory().propertyNames());
        names.removeIf(name -> configurer.getOptionType(name, false) == null);
        return Collections.unmodifiableSet(names);
    }
}
