package io.tillid.screening.internal.hits;

import io.tillid.screening.CustomerHitsChanged;
import io.tillid.screening.ScreeningHitRaised;

/** Where hit events go (the Spring adapter publishes them as application events). */
public interface HitEvents {

  void raised(ScreeningHitRaised event);

  void changed(CustomerHitsChanged event);
}
