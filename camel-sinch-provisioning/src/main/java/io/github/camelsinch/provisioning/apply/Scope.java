package io.github.camelsinch.provisioning.apply;

/**
 * Where an apply works: the project, and for KakaoTalk templates the sender.
 *
 * @param plusFriendId the KakaoTalk sender, null for the other apis
 */
record Scope(String projectId, String plusFriendId) {
}
