"""Django's JSON serialisation, with times kept to the microsecond (Django's own cuts them to
milliseconds). Used by backups (format "exactjson") so that a restore is exact."""

import datetime

from django.core.serializers.json import Deserializer as JSONDeserializer
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.json import Serializer as JSONSerializer


class ExactEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(JSONSerializer):
    def _init_options(self):
        self.options.setdefault("cls", ExactEncoder)
        super()._init_options()


Deserializer = JSONDeserializer
