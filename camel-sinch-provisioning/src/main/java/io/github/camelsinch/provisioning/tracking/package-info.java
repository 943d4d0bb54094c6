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
/**
 * Change tracking shared by the status-change consumer ({@code consumer/}, which polls) and the webhook receiver
 * ({@code webhook/}, which is pushed to): which resource kinds can be watched and how an item is read
 * ({@link io.github.camelsinch.provisioning.tracking.WatchedResources}), what is stored per resource
 * ({@link io.github.camelsinch.provisioning.tracking.Fingerprint}) and per scope
 * ({@link io.github.camelsinch.provisioning.tracking.ConsumerState}), and when a resource changed
 * ({@link io.github.camelsinch.provisioning.tracking.ChangeDetector}), with the same dedup key for the same
 * transition whichever side sees it first ({@link io.github.camelsinch.provisioning.tracking.PushedChangeTracker}).
 * <p>
 * It sits beside {@code state/} rather than inside it because {@code state/} is the storage side: Camel
 * {@code StateRepository} implementations that hold opaque keys and values and know nothing of resources, so a
 * user can configure them (a database, a file) without this package. This package gives those values their meaning,
 * and depends on the models and the catalogue, which the storage side must not. The polling I/O (requests, pages,
 * the poll's pass over one scope, repairs and their log) stays in {@code consumer/}.
 */
package io.github.camelsinch.provisioning.tracking;
