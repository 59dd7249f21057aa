package cn.statenforce.rectification;

/** An uploaded evidence file as the service receives it (no web types below the controllers). */
public record Upload(String fileName, String contentType, byte[] bytes) {
}
