package archfixture.screening;

import org.springframework.stereotype.Component;

/** A deliberate violation for ArchitectureTest: domain code annotated with Spring. */
@Component
class SpringInDomain {}
