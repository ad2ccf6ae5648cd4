package org.strategylifecycle.command.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import java.io.IOException;

/**
 * A request body read through a check of every byte as it passes, which throws when the body breaks
 * a rule (not UTF-8): the UTF-8 filter wraps the body in it, the controller advice answers the
 * exception.
 */
abstract class CheckedInputStream extends ServletInputStream {

    private final ServletInputStream delegate;

    CheckedInputStream(ServletInputStream delegate) {
        this.delegate = delegate;
    }

    /** Sees {@code length} bytes just read into {@code buffer} at {@code offset}. */
    protected abstract void check(byte[] buffer, int offset, int length);

    /** Called at the end of the body. */
    protected void ended() {
    }

    @Override
    public int read() throws IOException {
        int b = delegate.read();
        if (b < 0) {
            ended();
        } else {
            check(new byte[]{(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = delegate.read(buffer, offset, length);
        if (n < 0) {
            ended();
        } else if (n > 0) {
            check(buffer, offset, n);
        }
        return n;
    }

    @Override
    public boolean isFinished() {
        return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
        return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        delegate.setReadListener(listener);
    }
}
