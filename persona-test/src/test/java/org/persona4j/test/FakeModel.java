package org.persona4j.test;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A chat model answering from a function of (system message or null, user message), remembering each request. */
final class FakeModel implements ChatModel {

    final List<List<ChatMessage>> requests = new ArrayList<>();
    private final BiFunction<String, String, String> answer;

    FakeModel(BiFunction<String, String, String> answer) {
        this.answer = answer;
    }

    /** A model that fails the test when called: replay must not reach it. */
    static FakeModel unreachable() {
        return new FakeModel((s, u) -> {
            throw new AssertionError("the model was called while replaying");
        });
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request.messages());
        String system = null;
        String user = "";
        for (ChatMessage m : request.messages()) {
            if (m instanceof SystemMessage s) {
                system = s.text();
            } else if (m instanceof UserMessage u) {
                user = u.singleText();
            }
        }
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(answer.apply(system, user)))
                .build();
    }
}
