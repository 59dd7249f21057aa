package cn.statenforce.attachment;

/** An uploaded file as a service receives it (no web types below the controllers). */
public record FileUpload(String fileName, String declaredType, byte[] bytes) {
}
