package nl.regioportal.audit;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantContext;

/**
 * What {@code TenantGuard} asks CDI for outside a container: the thread's {@link TenantContext}
 * (the region the test's EntityManager is bound to). Everything else is refused. Shared by the
 * database tests of portal-core (audit, governance).
 */
public final class TenantContextCdi extends CDI<Object> {

  private static final ThreadLocal<TenantContext> CONTEXT =
      ThreadLocal.withInitial(TenantContext::new);
  private static volatile boolean installed;

  public static synchronized void install() {
    if (!installed) {
      TenantContextCdi cdi = new TenantContextCdi();
      CDI.setCDIProvider(() -> cdi);
      installed = true;
    }
  }

  /** Enters {@code region} for this thread ({@code null}: none). */
  public static void enter(String region) {
    CONTEXT.get().enter(region == null ? null : new RegionCode(region));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <U> Instance<U> select(Class<U> type, Annotation... qualifiers) {
    if (type != TenantContext.class) {
      throw new UnsupportedOperationException("Only TenantContext outside a container: " + type);
    }
    return (Instance<U>) new Fixed<>(CONTEXT.get());
  }

  @Override
  public BeanManager getBeanManager() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instance<Object> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isUnsatisfied() {
    return false;
  }

  @Override
  public boolean isAmbiguous() {
    return false;
  }

  @Override
  public void destroy(Object instance) {}

  @Override
  public Handle<Object> getHandle() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Iterable<? extends Handle<Object>> handles() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object get() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Iterator<Object> iterator() {
    throw new UnsupportedOperationException();
  }

  private record Fixed<T>(T value) implements Instance<T> {
    @Override
    public T get() {
      return value;
    }

    @Override
    public Iterator<T> iterator() {
      return List.of(value).iterator();
    }

    @Override
    public Instance<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
      return false;
    }

    @Override
    public boolean isAmbiguous() {
      return false;
    }

    @Override
    public void destroy(T instance) {}

    @Override
    public Handle<T> getHandle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<T>> handles() {
      throw new UnsupportedOperationException();
    }
  }
}
