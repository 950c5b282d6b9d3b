package dev.kiln.session;

import dev.kiln.error.KilnException;
import dev.kiln.relation.CollectionRelation;
import dev.kiln.relation.Fetcher;
import dev.kiln.relation.Holders;
import dev.kiln.relation.ManyToManyRelation;
import dev.kiln.relation.ManyToOneRelation;
import dev.kiln.relation.OneToManyRelation;
import dev.kiln.relation.Relation;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;
import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads relationships a query result at a time, never an object at a time. Every object a session
 * reads has its holders attached to a {@link Batch} of all the objects the same statement returned;
 * the first holder used loads the relationship for all of them with one statement (the keys bound
 * as one parameter where the dialect can, else {@code IN} lists of up to 1,024), and the objects
 * that statement returns form the next batch. Walking
 * {@code for (author : authors) for (book : author.getBooks())} therefore costs one statement per
 * level of the walk, whatever the number of rows: an N+1 pattern cannot happen. Eager loading
 * ({@code query().load(...)}) runs the same loads at once.
 */
final class RelationLoader {
  private final Loader loader;
  private final RelationQueries queries;
  /** Whether a holder may load itself on first use; a session that forbids it raises instead. */
  private boolean lazyLoading = true;

  RelationLoader(Loader loader, RelationQueries queries) {
    this.loader = loader;
    this.queries = queries;
  }

  void lazyLoading(boolean allowed) {
    this.lazyLoading = allowed;
  }

  /** Attaches the holders of objects one statement read to one batch per relationship. */
  <T> void attach(TableDef<T> table, List<T> read) {
    if (read.isEmpty() || table.relations().isEmpty()) {
      return;
    }
    for (Relation<T, ?> relation : table.relations()) {
      attach(relation, read);
    }
  }

  private <S, T> void attach(Relation<S, T> relation, List<S> owners) {
    Batch<S, T> batch = new Batch<>(relation, owners);
    if (relation instanceof ManyToOneRelation<S, T> reference) {
      for (S owner : owners) {
        ToOne<T> holder = reference.holder(owner);
        if (holder != null) {
          Holders.link(holder, owner, reference);
          if (!holder.isLoaded()) {
            Holders.attach(holder, batch);
          }
        }
      }
    } else {
      CollectionRelation<S, T> collection = (CollectionRelation<S, T>) relation;
      for (S owner : owners) {
        ToMany<T> holder = collection.holder(owner);
        if (holder != null) {
          Holders.link(holder, owner, collection);
          if (!holder.isLoaded()) {
            Holders.attach(holder, batch);
          }
        }
      }
    }
  }

  /** Loads a query's eager paths for the rows its statement just read. */
  void loadWithQuery(LoadPlan plan, List<?> rows) {
    queries.afterQueryFlush(() -> plan.load(this, rows));
  }

  /**
   * Loads the relationship for each of the owners whose holder is not loaded yet; returns every
   * object the owners' holders lead to, loaded now or before, each once: the owners of the next
   * level of an eager load.
   */
  <S, T> List<T> load(Relation<S, T> relation, List<S> owners) {
    fill(relation, owners);
    List<T> reached = new ArrayList<>();
    if (relation instanceof ManyToOneRelation<S, T> reference) {
      for (S owner : owners) {
        ToOne<T> holder = reference.holder(owner);
        T target = holder == null ? null : Holders.targetInMemory(holder);
        if (target != null) {
          reached.add(target);
        }
      }
    } else {
      CollectionRelation<S, T> collection = (CollectionRelation<S, T>) relation;
      for (S owner : owners) {
        ToMany<T> holder = collection.holder(owner);
        if (holder != null) {
          reached.addAll(Holders.elementsInMemory(holder));
        }
      }
      if (relation instanceof OneToManyRelation) {
        return reached; // each row belongs to one owner: the owners' collections share no element
      }
    }
    Map<T, Boolean> distinct = new IdentityHashMap<>();
    for (T each : reached) {
      distinct.put(each, Boolean.TRUE);
    }
    return new ArrayList<>(distinct.keySet());
  }


  /** Loads the relationship for each of the owners whose holder is not loaded yet. */
  <S, T> void fill(Relation<S, T> relation, List<S> owners) {
    if (relation instanceof ManyToOneRelation<S, T> reference) {
      loadReferences(reference, owners);
    } else if (relation instanceof OneToManyRelation<S, T> children) {
      loadCollections(children, owners);
    } else {
      loadAssociations((ManyToManyRelation<S, T>) relation, owners);
    }
  }

  private <S, T> void loadReferences(ManyToOneRelation<S, T> reference, List<S> owners) {
    TableDef<T> target = reference.target();
    Map<Object, T> targets = new LinkedHashMap<>();
    List<Object> unread = new ArrayList<>();
    for (S owner : owners) {
      ToOne<T> holder = reference.holder(owner);
      if (holder == null || holder.isLoaded()) {
        continue;
      }
      Object key = Holders.rawKey(holder);
      if (!targets.containsKey(key)) {
        T held = queries.heldInstance(target, key);
        targets.put(key, held);
        if (held == null) {
          unread.add(key);
        }
      }
    }
    if (!unread.isEmpty()) {
      List<T> read = queries.listByKeys(target, unread);
      attach(target, read);
      for (T each : read) {
        targets.put(target.key(each), each);
      }
    }
    for (S owner : owners) {
      ToOne<T> holder = reference.holder(owner);
      if (holder != null && !holder.isLoaded()) {
        // A row deleted since the reference was read leaves it empty.
        Holders.load(holder, targets.get(Holders.rawKey(holder)));
      }
    }
  }

  private <S, T> void loadCollections(OneToManyRelation<S, T> collection, List<S> owners) {
    ManyToOneRelation<T, S> inverse = collection.inverse();
    Map<Object, S> pending = notLoaded(collection, owners);
    if (pending.isEmpty()) {
      return;
    }
    List<T> children =
        queries.listWhereIn(inverse.table(), inverse.foreignKey(), collection.table(), List.copyOf(pending.keySet()));
    attach(inverse.table(), children);
    for (S owner : pending.values()) {
      Holders.startLoad(collection.holder(owner));
    }
    // The children come ordered by their owner's key: most have the previous child's owner.
    Object lastKey = null;
    S lastOwner = null;
    ToMany<T> lastCollection = null;
    for (T child : children) {
      ToOne<S> reference = inverse.holder(child);
      Object key = inverse.key(reference);
      if (key == null || !key.equals(lastKey)) {
        lastOwner = pending.get(key);
        lastCollection = lastOwner == null ? null : collection.holder(lastOwner);
        lastKey = key;
      }
      if (lastOwner != null) {
        Holders.appendLoaded(lastCollection, child);
        // The child's reference is known now too: no statement when it is walked back.
        if (reference != null && !reference.isLoaded()) {
          Holders.load(reference, lastOwner);
        }
      }
    }
    for (S owner : pending.values()) {
      Holders.finishLoad(collection.holder(owner));
    }
  }

  private <S, T> void loadAssociations(ManyToManyRelation<S, T> association, List<S> owners) {
    Map<Object, S> pending = notLoaded(association, owners);
    if (pending.isEmpty()) {
      return;
    }
    Map<Object, List<T>> byOwner = new HashMap<>();
    List<T> targets = queries.listLinked(association, List.copyOf(pending.keySet()), byOwner);
    attach(association.target(), targets);
    for (Map.Entry<Object, S> owner : pending.entrySet()) {
      Holders.load(association.holder(owner.getValue()), byOwner.getOrDefault(owner.getKey(), List.of()));
    }
  }

  /** The owners whose collection is not loaded, by key, in the order given. */
  private static <S, T> Map<Object, S> notLoaded(CollectionRelation<S, T> collection, List<S> owners) {
    Map<Object, S> pending = new LinkedHashMap<>(owners.size() * 4 / 3 + 1);
    for (S owner : owners) {
      ToMany<T> holder = collection.holder(owner);
      if (holder != null && !holder.isLoaded()) {
        pending.put(collection.table().key(owner), owner);
      }
    }
    return pending;
  }

  /**
   * The holders of one relationship among the objects one statement read: the first used loads
   * them all.
   */
  private final class Batch<S, T> implements Fetcher {
    private final Relation<S, T> relation;
    private final List<S> owners;

    Batch(Relation<S, T> relation, List<S> owners) {
      this.relation = relation;
      this.owners = owners;
    }

    @Override
    public void fetch() {
      loader.requireOpen(relation);
      if (!lazyLoading) {
        throw new KilnException(
            relation + " was not loaded, and this session loads nothing on first use: name it in the"
                + " query that reads the " + relation.table().modelType().getSimpleName()
                + " objects, with load(...).");
      }
      fill(relation, owners);
    }
  }
}
