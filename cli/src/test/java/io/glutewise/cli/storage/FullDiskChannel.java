package io.glutewise.cli.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file channel on a disk with only {@code room} bytes left: writes go through until the room is
 * used up, then fail part way as a full disk does ("No space left on device"). Cutting a file
 * back always works, as it does on a real disk.
 */
final class FullDiskChannel extends FileChannel {
  private final FileChannel real;
  private final AtomicLong room;

  FullDiskChannel(FileChannel real, AtomicLong room) {
    this.real = real;
    this.room = room;
  }

  /** Channels on a disk with the given bytes left, shared by every file opened through them. */
  static LogChannels withRoom(long bytes) {
    AtomicLong room = new AtomicLong(bytes);
    return (file, options) -> new FullDiskChannel(LogChannels.SYSTEM.open(file, options), room);
  }

  @Override
  public int write(ByteBuffer source) throws IOException {
    long left = room.get();
    if (left <= 0) {
      throw new IOException("No space left on device");
    }
    if (source.remaining() > left) {
      ByteBuffer part = source.slice();
      part.limit((int) left);
      int written = real.write(part);
      source.position(source.position() + written);
      room.addAndGet(-written);
      return written;
    }
    int written = real.write(source);
    room.addAndGet(-written);
    return written;
  }

  @Override
  public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
    long total = 0;
    for (int i = offset; i < offset + length; i++) {
      total += write(sources[i]);
    }
    return total;
  }

  @Override
  public int write(ByteBuffer source, long position) throws IOException {
    throw new IOException("No space left on device");
  }

  @Override
  public int read(ByteBuffer destination) throws IOException {
    return real.read(destination);
  }

  @Override
  public long read(ByteBuffer[] destinations, int offset, int length) throws IOException {
    return real.read(destinations, offset, length);
  }

  @Override
  public int read(ByteBuffer destination, long position) throws IOException {
    return real.read(destination, position);
  }

  @Override
  public long position() throws IOException {
    return real.position();
  }

  @Override
  public FileChannel position(long newPosition) throws IOException {
    real.position(newPosition);
    return this;
  }

  @Override
  public long size() throws IOException {
    return real.size();
  }

  @Override
  public FileChannel truncate(long size) throws IOException {
    real.truncate(size);
    return this;
  }

  @Override
  public void force(boolean metaData) throws IOException {
    real.force(metaData);
  }

  @Override
  public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
    return real.transferTo(position, count, target);
  }

  @Override
  public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
    throw new IOException("No space left on device");
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
    return real.map(mode, position, size);
  }

  @Override
  public FileLock lock(long position, long size, boolean shared) throws IOException {
    return real.lock(position, size, shared);
  }

  @Override
  public FileLock tryLock(long position, long size, boolean shared) throws IOException {
    return real.tryLock(position, size, shared);
  }

  @Override
  protected void implCloseChannel() throws IOException {
    real.close();
  }
}
