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
package io.github.camelsinch.provisioning.contract;

import io.github.camelsinch.provisioning.apply.ApplyOperations;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.catalog.OperationParameter;

import java.util.List;

/**
 * The section of docs/reference.md on the apply operations, rendered from their descriptors: they are not in the
 * contract, which the rest of the reference is rendered from.
 */
final class ApplyOperationsReference {

    private ApplyOperationsReference() {
    }

    static String markdown() {
        StringBuilder md = new StringBuilder("## Apply operations\n\n")
                .append("The component's own operations, not the contract's: make the project match a desired state")
                .append(" (see [templates-as-code.md](templates-as-code.md)). Options `dryRun` and `prune` (group")
                .append(" `apply`, refused on every other endpoint); body: the declarations; result:")
                .append(" `io.github.camelsinch.provisioning.apply.ApplyResult` and the `CamelSinchProvApply*`")
                .append(" headers.\n\n| URI | Reads | Writes | Parameters | Declaration |\n|---|---|---|---|---|\n");
        for (String uri : ApplyOperations.uris()) {
            String path = uri.substring("sinch-prov:".length());
            String api = path.substring(0, path.indexOf('/'));
            ApiOperation op = ApplyOperations.find(api, ApplyOperations.APPLY).orElseThrow();
            List<String> params = op.parameters().stream().map(OperationParameter::name)
                    .filter(name -> !name.equals("projectId")).map(name -> "`" + name + "` (path)").toList();
            md.append("| `").append(uri).append("` | ").append(call(api, "list")).append(" | ")
                    .append(call(api, "create")).append(", ").append(call(api, "update")).append(", ")
                    .append(call(api, "delete")).append(" | ").append(String.join("<br>", params)).append(" | ")
                    .append(declaration(api)).append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static String call(String api, String name) {
        ApiOperation op = OperationCatalog.get().require(api, name);
        return "`" + op.uriPath() + "` (" + op.method() + ")";
    }

    /** The model a declaration follows, linked to its section of models.md like every operation row. */
    private static String declaration(String api) {
        return switch (api) {
            case "whatsapp-templates" -> model("WhatsappTemplateInputDto");
            case "kakaotalk-templates" -> model("KakaotalkInputTemplateDto") + " + `templateCode`";
            default -> model("WebhookWebhookInputDto");
        };
    }

    private static String model(String name) {
        return "[`" + name + "`](models.md#" + name.toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
