import publicSeesPublished from './public-sees-published';

export default {
  'public-sees-published': publicSeesPublished,
};
