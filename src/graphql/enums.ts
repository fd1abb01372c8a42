import { registerEnumType } from "type-graphql";
import { ServiceCategory } from "../domain";

/**
 * Registers the domain enums for the code-first resolvers under the same names and values as the
 * SDL in schema/, so the merged schema has one `ServiceCategory`.
 */
registerEnumType(ServiceCategory, {
  name: "ServiceCategory",
  description: "The services around a platform; the first five are the thesis' self-improvement services",
});

export { ServiceCategory };
