import { ruleTester } from '../ruleTester';

const idiom = (encode: string): string =>
  `class Name(object):\n    def __unicode__(self):\n        return self.text\n\n    def __str__(self):\n        return ${encode}\n\n    def other(self):\n        pass\n`;

ruleTester('unicode-method', {
  valid: [
    'class C(object):\n    def __str__(self):\n        return "x"\n',
    { code: '@six.python_2_unicode_compatible\nclass C(object):\n    def __unicode__(self):\n        return u"x"\n', name: 'already decorated' },
    { code: 'def __unicode__(self):\n    return u"x"\n', name: 'not a method' },
  ],
  invalid: [
    {
      code: idiom("unicode(self).encode('utf-8')"), count: 1, severity: 'warning', message: 'returns bytes',
      output: { py3: null, compat: null },
    },
    {
      code: idiom("unicode(self).encode('utf-8')"), unsafe: true,
      output: {
        py3: 'class Name(object):\n    def __str__(self):\n        return self.text\n\n\n    def other(self):\n        pass\n',
        compat: 'import six\n\n\n@six.python_2_unicode_compatible\nclass Name(object):\n    def __str__(self):\n        return self.text\n\n\n    def other(self):\n        pass\n',
      },
    },
    {
      code: idiom("self.__unicode__().encode('latin-1')"), unsafe: true, name: 'other codec: no compat fix',
      output: { py3: 'class Name(object):\n    def __str__(self):\n        return self.text\n\n\n    def other(self):\n        pass\n', compat: null },
    },
    {
      code: 'class C(object):\n    def __unicode__(self):\n        return u"x"\n', unsafe: true, name: 'no __str__',
      output: { py3: 'class C(object):\n    def __str__(self):\n        return u"x"\n', compat: null },
    },
    {
      code: 'class C(object):\n    def __unicode__(self):\n        return u"x"\n    def __str__(self):\n        return "y"\n', unsafe: true, name: 'unrelated __str__: manual',
      message: 'must return the text', output: { py3: null, compat: null },
    },
  ],
});
