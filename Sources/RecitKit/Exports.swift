// RecitKit's users see the model as part of the library.
@_exported import RecitModel
