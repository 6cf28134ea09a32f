/** View models the pages render: the catalogue tree, a Standar Pelayanan's outline, the viewer's model, roles, public notes, contact links. */
export * from './catalogue.ts';
export * from './standard-view.ts';
export * from './viewer-model.ts';
export * from './roles.ts';
export * from './public-notes.ts';
export * from './contact.ts';
export * from './documents.ts';
export * from './list-markers.ts';
export * from './page-inputs.ts';
