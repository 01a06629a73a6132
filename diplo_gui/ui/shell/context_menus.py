"""Context menus where a desktop user right-clicks: the meeting list, the timeline, People.

On a meeting: Copy (its row), Copy Citation, Open Source (each http(s) source), Filter by
(a participant, the country, the place, an issue), and on the timeline Show in List and Fit
All; on a person: Filter List by the person, Copy Name. Every value from data is shown as
plain menu text (a name's ampersands doubled, never a mnemonic); only http(s) sources open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ...core import citation, formatting
from ...core.model import Meeting
from ...core.records import is_safe_url
from ...core.search import field_term
from ..reader.meeting_model import MeetingRole
from ..reader.safe_text import country_name

if TYPE_CHECKING:
    from .main_window import MainWindow


def _plain(text: str) -> str:
    return text.replace("&", "&&")


def meeting_citation(meeting: Meeting) -> str:
    """How a reader cites a meeting: “Title”, place, date, then each source (publisher, “title”, date)
    with its address."""
    parts = [f"“{meeting.title}”"]
    place = formatting.format_place(meeting.place, country_name)
    parts.extend(p for p in (place, formatting.meeting_date(meeting)) if p)
    lines = [", ".join(parts) + "."]
    for source in meeting.sources:
        url = source.url if source.url and is_safe_url(source.url) else None
        # Who published what, and when (as a quote's citation credits it), then where to read it.
        lines.append("Source: " + ", ".join(p for p in (citation.source_credit(source), url) if p))
    return "\n".join(lines)


class ContextMenus(QObject):
    """Builds and shows the window's context menus (tests call the ``*_menu`` builders too)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("contextMenus")
        self.window = window
        explore = window.explore  # built: the window makes these menus once Explore is whole
        for widget, slot in ((window.list_view, self.show_list_menu), (explore.timeline, self.show_timeline_menu),
                             (explore.people_view.table, self.show_people_menu)):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(slot)

    def _popup(self, menu: QMenu, widget: QWidget, pos: QPoint) -> None:
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(widget.mapToGlobal(pos))

    # -- meetings ------------------------------------------------------------------------
    def add_meeting_entries(self, menu: QMenu, meeting: Meeting) -> None:
        """Copy Citation, Open Source and Filter by, for one meeting."""
        cite = menu.addAction(self.tr("Copy C&itation"))
        cite.setObjectName("copyMeetingCitationAction")
        cite.setStatusTip(self.tr("Copy the meeting's title, place, date and sources, to cite it"))
        cite.triggered.connect(lambda: self.copy_citation(meeting))
        sources = [s for s in meeting.sources if s.url and is_safe_url(s.url)]
        open_menu = menu.addMenu(self.tr("Open &Source"))
        open_menu.setObjectName("openSourceMenu")
        open_menu.menuAction().setStatusTip(self.tr("Open a source of the meeting in your browser"))
        for source in sources:
            # Named by its publisher (titles run long; the status tip gives the address).
            action = open_menu.addAction(_plain(citation.short_credit(source)))
            action.setStatusTip(source.url or "")
            action.triggered.connect(lambda _=False, url=source.url: self.window.open_link(QUrl(url)))
        open_menu.menuAction().setEnabled(bool(sources))
        self.add_filter_menu(menu, meeting)

    def add_filter_menu(self, menu: QMenu, meeting: Meeting) -> QMenu:
        """Filter by: each participant, the country, the place and each issue of the meeting."""
        filters = menu.addMenu(self.tr("&Filter by"))
        filters.setObjectName("filterByMenu")
        filters.menuAction().setStatusTip(self.tr("Show only the meetings that share this with the meeting"))
        terms: list[tuple[str, str]] = [(p.person.name, field_term("person", p.person.id))
                                        for p in meeting.participants]
        place = meeting.place
        if place is not None and place.country:
            terms.append((self.tr("Country: %s") % country_name(place.country), field_term("country", place.country)))
        if place is not None and (place.city or place.venue):
            name = place.city or place.venue or ""
            terms.append((self.tr("Place: %s") % name, field_term("place", name)))
        terms.extend((self.tr("Issue: %s") % issue.name, field_term("issue", issue.id)) for issue in meeting.issues)
        for text, term in terms:
            action = filters.addAction(_plain(text))
            action.setData(term)
            action.setStatusTip(self.tr("Search for %s") % term)
            action.triggered.connect(lambda _=False, t=term: self.window.set_search(t))
        filters.menuAction().setEnabled(bool(terms))
        return filters

    def copy_citation(self, meeting: Meeting) -> str:
        text = meeting_citation(meeting)
        QApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(self.tr("Copied the citation of “%s”.") % meeting.title, 5000)
        return text

    def list_menu(self, pos: QPoint) -> QMenu | None:
        """The list's menu for a right click at ``pos`` (viewport coordinates); None off the rows."""
        view = self.window.list_view
        index = view.indexAt(pos)
        if not index.isValid():
            return None
        if not view.selectionModel().isRowSelected(index.row(), index.parent()):
            view.setCurrentIndex(index)  # a right click outside the selection acts on the row clicked
        meeting = view.currentIndex().data(MeetingRole) or index.data(MeetingRole)
        menu = QMenu(view)
        menu.setObjectName("meetingListMenu")
        rows = view.selected_rows()
        copy = menu.addAction(self.tr("&Copy") if len(rows) < 2 else self.tr("&Copy %n Meetings", "", len(rows)))
        copy.setObjectName("copyMeetingRowsAction")
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))  # shown; the list handles the key
        copy.setStatusTip(self.tr("Copy date, title, place and participants of the selected meetings"))
        copy.triggered.connect(view.copy_selected)
        if meeting is not None:
            self.add_meeting_entries(menu, meeting)
        return menu

    @Slot(QPoint)
    def show_list_menu(self, pos: QPoint) -> None:
        menu = self.list_menu(pos)
        if menu is not None:
            self._popup(menu, self.window.list_view.viewport(), pos)

    # -- timeline ------------------------------------------------------------------------
    def timeline_menu(self, pos: QPoint) -> QMenu:
        timeline = self.window.explore.timeline
        meeting = timeline.meeting_at(pos.x(), pos.y())
        menu = QMenu(timeline)
        menu.setObjectName("timelineMenu")
        if meeting is not None:
            show = menu.addAction(self.tr("&Show in List"))
            show.setStatusTip(self.tr("Select this meeting in the list"))
            show.triggered.connect(lambda: self.window.explore.show_meeting(meeting.id))
            self.add_meeting_entries(menu, meeting)
            menu.addSeparator()
        fit = menu.addAction(self.tr("Fit &All"))
        fit.setStatusTip(self.tr("Zoom the timeline to show every meeting of the list"))
        fit.triggered.connect(timeline.fit)
        return menu

    @Slot(QPoint)
    def show_timeline_menu(self, pos: QPoint) -> None:
        self._popup(self.timeline_menu(pos), self.window.explore.timeline, pos)

    # -- people --------------------------------------------------------------------------
    def people_menu(self, pos: QPoint) -> QMenu | None:
        people = self.window.explore.people_view
        index = people.table.indexAt(pos)
        if not index.isValid():
            return None
        people.table.setCurrentIndex(index)
        person_id = people.current_person()
        person = self.window.dataset.people.get(person_id or "")
        if person is None:
            return None
        menu = QMenu(people.table)
        menu.setObjectName("peopleMenu")
        show = menu.addAction(self.tr("&Filter List by %s") % _plain(person.name))
        show.setStatusTip(self.tr("Show only this person's meetings in the list"))
        show.triggered.connect(lambda: self.window.set_search(field_term("person", person.id)))
        copy = menu.addAction(self.tr("&Copy Name"))
        copy.setStatusTip(self.tr("Copy the person's name (and name in their own script)"))
        name = person.name + (f" {person.native_name}" if person.native_name else "")
        copy.triggered.connect(lambda: QApplication.clipboard().setText(name))
        return menu

    @Slot(QPoint)
    def show_people_menu(self, pos: QPoint) -> None:
        menu = self.people_menu(pos)
        if menu is not None:
            self._popup(menu, self.window.explore.people_view.table.viewport(), pos)
