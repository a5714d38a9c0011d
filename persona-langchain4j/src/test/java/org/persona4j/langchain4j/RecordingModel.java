package org.persona4j.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;

/** A chat model that answers "ok" and keeps the system messages of each request it was sent. */
final class RecordingModel implements ChatModel {

    final List<List<String>> systemMessages = new ArrayList<>();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        List<String> system = new ArrayList<>();
        for (ChatMessage m : request.messages()) {
            if (m instanceof SystemMessage s) {
                system.add(s.text());
            }
        }
        systemMessages.add(system);
        return ChatResponse.builder().aiMessage(AiMessage.from("ok")).build();
    }
}
