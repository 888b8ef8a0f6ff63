// What the benchmark measures, bundled from the real sources: the same functions the editor calls.
export { detectStatus } from '../src/core/detect';
export { completeStatus } from '../src/core/complete';
export { defaultCatalogue, StatusCatalogue, catalogueData } from '../src/core/catalogue';
export { renderCard, renderClassCard } from '../src/core/render';
