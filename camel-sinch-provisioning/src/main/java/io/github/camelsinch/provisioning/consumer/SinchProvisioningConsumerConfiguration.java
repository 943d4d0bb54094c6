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
package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.paging.PageWalker;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of a status-change consumer ({@code from("sinch-prov:whatsapp-senders/list")}). The scheduler
 * options (delay, initialDelay, backoff...) are Camel's own.
 */
@UriParams
public class SinchProvisioningConsumerConfiguration {

    @UriParam(label = "consumer",
              description = "More fields to watch besides the status fields, as comma separated JSON field paths of"
                      + " the resource (e.g. qualityRating,changes.details); a change of any of them is emitted"
                      + " as CHANGED. Checked against the resource model when the route starts.")
    private String watchFields;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "On the first start (no state for this consumer in the state repository), emit every"
                      + " existing resource as ADDED. By default the first poll records the current state"
                      + " silently and only later changes are emitted.")
    private boolean initialEmit;

    @UriParam(label = "consumer,advanced",
              description = "Where the last delivered state of each resource is kept: any Camel"
                      + " StateRepository<String, String>. Default: the component's stateRepository, else in"
                      + " memory (lost on restart, so the next start baselines again). Use a FileStateRepository to emit, after a restart, exactly"
                      + " the changes made while the route was down; a shared one for a cluster.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer", defaultValue = "default",
              description = "Names this consumer's state in the state repository, so two consumers of the same"
                      + " operation and parameters that share a repository keep separate state.")
    private String stateKey = "default";

    @UriParam(label = "consumer", defaultValue = "4",
              description = "Conversation channel operations with several conversationAppIds: how many apps are"
                      + " fetched at the same time.")
    private int conversationParallelism = 4;

    @UriParam(label = "consumer", defaultValue = "0",
              description = "The most changes emitted per poll (0: no limit). Changes left over are emitted by the"
                      + " next poll: their state is only stored once their exchange succeeded.")
    private int maxMessagesPerPoll;

    @UriParam(label = "consumer", defaultValue = "" + PageWalker.DEFAULT_MAX_PAGES,
              description = "List operations: the most pages one poll reads. A listing cut short by this cap is"
                      + " incomplete: changes of the resources read are emitted, none is reported REMOVED, and"
                      + " a WARN names the cap. The default holds 25,000 bundles at their largest page (25) or"
                      + " 100,000 senders (100), and stops a server that never ends its listing after 1,000"
                      + " requests.")
    private int maxPagesPerPoll = PageWalker.DEFAULT_MAX_PAGES;

    @UriParam(label = "consumer", defaultValue = "" + PageWalker.DEFAULT_MAX_ITEMS,
              description = "List operations: a poll stops reading pages at the first page boundary at or past this"
                      + " many resources. A listing cut short by this cap is incomplete: changes of the"
                      + " resources read are emitted, none is reported REMOVED, and a WARN names the cap. The"
                      + " default is ten times a project with 10,000 templates; the consumer keeps one id per"
                      + " resource read while it polls.")
    private int maxItemsPerPoll = PageWalker.DEFAULT_MAX_ITEMS;

    public String getWatchFields() {
        return watchFields;
    }

    public void setWatchFields(String watchFields) {
        this.watchFields = watchFields;
    }

    public boolean isInitialEmit() {
        return initialEmit;
    }

    public void setInitialEmit(boolean initialEmit) {
        this.initialEmit = initialEmit;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public int getConversationParallelism() {
        return conversationParallelism;
    }

    public void setConversationParallelism(int conversationParallelism) {
        this.conversationParallelism = conversationParallelism;
    }

    public int getMaxPagesPerPoll() {
        return maxPagesPerPoll;
    }

    public void setMaxPagesPerPoll(int maxPagesPerPoll) {
        this.maxPagesPerPoll = maxPagesPerPoll;
    }

    public int getMaxItemsPerPoll() {
        return maxItemsPerPoll;
    }

    public void setMaxItemsPerPoll(int maxItemsPerPoll) {
        this.maxItemsPerPoll = maxItemsPerPoll;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }
}
